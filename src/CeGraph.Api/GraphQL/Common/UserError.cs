namespace CeGraph.Api.GraphQL.Common;

/// <summary>
/// A domain failure, returned in a mutation payload's <c>errors</c> (never thrown). <see cref="Path"/> points into the input,
/// e.g. <c>["input", "lines", "2", "credits"]</c>.
/// </summary>
public abstract record UserError(string Message, string Code, IReadOnlyList<string>? Path);
