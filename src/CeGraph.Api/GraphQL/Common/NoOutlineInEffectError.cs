namespace CeGraph.Api.GraphQL.Common;

/// <summary>The discipline has no outline of the requested kind in effect on the relevant date.</summary>
public sealed record NoOutlineInEffectError(string Message, IReadOnlyList<string>? Path) : UserError(Message, "NO_OUTLINE_IN_EFFECT", Path);
