namespace CeGraph.Api.GraphQL.Common;

public sealed class NoOutlineInEffectErrorGraphType() : UserErrorGraphType<NoOutlineInEffectError>("NoOutlineInEffectError", "No outline of the requested kind is in effect for the discipline.");
