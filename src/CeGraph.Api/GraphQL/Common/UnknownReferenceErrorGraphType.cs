namespace CeGraph.Api.GraphQL.Common;

public sealed class UnknownReferenceErrorGraphType() : UserErrorGraphType<UnknownReferenceError>("UnknownReferenceError", "The input names something that does not exist.");
