namespace CeGraph.Api.GraphQL.Common;

/// <summary>A credit amount is not positive, not a multiple of the credit increment, or too large.</summary>
public sealed record InvalidCreditsError(string Message, IReadOnlyList<string>? Path) : UserError(Message, "INVALID_CREDITS", Path);
