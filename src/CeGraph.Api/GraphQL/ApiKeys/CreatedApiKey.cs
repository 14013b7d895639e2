using CeGraph.Api.Data.Entities;

namespace CeGraph.Api.GraphQL.ApiKeys;

/// <summary>A new key and its secret, which exists only in this one response.</summary>
public sealed record CreatedApiKey(ApiKey ApiKey, string Secret);
