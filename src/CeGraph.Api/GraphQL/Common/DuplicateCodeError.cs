namespace CeGraph.Api.GraphQL.Common;

/// <summary>An object with this code already exists.</summary>
public sealed record DuplicateCodeError(string Message, IReadOnlyList<string>? Path) : UserError(Message, "DUPLICATE_CODE", Path);
