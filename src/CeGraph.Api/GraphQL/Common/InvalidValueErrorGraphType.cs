namespace CeGraph.Api.GraphQL.Common;

public sealed class InvalidValueErrorGraphType() : UserErrorGraphType<InvalidValueError>("InvalidValueError", "A value is empty, too long, malformed, or given twice.");
