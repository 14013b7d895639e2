namespace CeGraph.Api.GraphQL.Common;

/// <summary>The activity was rejected; it cannot be distributed.</summary>
public sealed record ActivityRejectedError(string Message, IReadOnlyList<string>? Path) : UserError(Message, "ACTIVITY_REJECTED", Path);
