namespace CeGraph.Api.GraphQL.Common;

/// <summary>The caller may not act on this object (e.g. a SPONSOR key submitting for another sponsor).</summary>
public sealed record NotPermittedError(string Message, IReadOnlyList<string>? Path) : UserError(Message, "NOT_PERMITTED", Path);
