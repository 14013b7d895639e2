namespace CeGraph.Api.GraphQL.Common;

/// <summary>The input names something that does not exist (a sponsor, activity, discipline, category, requirement or key).</summary>
public sealed record UnknownReferenceError(string Message, string Code, IReadOnlyList<string>? Path) : UserError(Message, Code, Path);
