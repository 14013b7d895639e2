namespace CeGraph.Api.GraphQL.Common;

/// <summary>Two dates are in the wrong order (e.g. expiry before approval, due before issue).</summary>
public sealed record InvalidDateRangeError(string Message, IReadOnlyList<string>? Path) : UserError(Message, "INVALID_DATE_RANGE", Path);
