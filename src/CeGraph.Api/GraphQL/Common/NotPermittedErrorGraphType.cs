namespace CeGraph.Api.GraphQL.Common;

public sealed class NotPermittedErrorGraphType() : UserErrorGraphType<NotPermittedError>("NotPermittedError", "The caller may not act on this object.");
