namespace CeGraph.Api.GraphQL.Common;

public sealed class InvalidCreditsErrorGraphType() : UserErrorGraphType<InvalidCreditsError>("InvalidCreditsError", "A credit amount is not positive, not a multiple of the credit increment, or too large.");
