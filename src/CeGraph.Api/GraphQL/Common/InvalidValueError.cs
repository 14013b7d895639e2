namespace CeGraph.Api.GraphQL.Common;

/// <summary>A value is empty, too long, malformed, or given twice.</summary>
public sealed record InvalidValueError(string Message, string Code, IReadOnlyList<string>? Path) : UserError(Message, Code, Path);
