using CeGraph.Domain;

namespace CeGraph.Api.GraphQL.Requirements;

public sealed record StoredIgnored(string ActivityCode, DateOnly CompletedOn, IgnoredReason Reason, string Detail);
