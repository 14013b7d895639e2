namespace CeGraph.Api.GraphQL.Common;

/// <summary>Someone else changed the object at the same moment; nothing was changed, read it again and retry.</summary>
public sealed record ConcurrentUpdateError(string Message, IReadOnlyList<string>? Path) : UserError(Message, "CONCURRENT_UPDATE", Path);
