namespace CeGraph.Api.GraphQL.Common;

/// <summary>A list in the input is longer than allowed.</summary>
public sealed record TooManyItemsError(string Message, IReadOnlyList<string>? Path) : UserError(Message, "TOO_MANY_ITEMS", Path);
