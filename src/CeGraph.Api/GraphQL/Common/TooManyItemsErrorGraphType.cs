namespace CeGraph.Api.GraphQL.Common;

public sealed class TooManyItemsErrorGraphType() : UserErrorGraphType<TooManyItemsError>("TooManyItemsError", "A list in the input is longer than allowed.");
