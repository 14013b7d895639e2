namespace CeGraph.Api.GraphQL.Common;

public sealed class InvalidDateRangeErrorGraphType() : UserErrorGraphType<InvalidDateRangeError>("InvalidDateRangeError", "Two dates are in the wrong order.");
