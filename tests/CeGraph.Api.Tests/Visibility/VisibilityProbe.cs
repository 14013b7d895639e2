namespace CeGraph.Api.Tests.Visibility;

/// <summary>
/// One request that reaches activities, distributions or checks by some path, and what each caller may find in its answer:
/// each marker is a text (a code, an id, a reason) and the roles that may see it. <paramref name="Callers"/> are the roles
/// allowed to send it (null: everyone); they must get an answer without errors, the others a FORBIDDEN or UNAUTHENTICATED error.
/// The first marker is the probe's control: someone sees it, so a probe that stopped finding anything fails too.
/// </summary>
public sealed record VisibilityProbe(
    string Name,
    string Document,
    Func<VisibilityCatalog, string, object> Variables,
    IReadOnlyList<(Func<VisibilityCatalog, string> Text, string[] MaySee)> Markers,
    string[]? Callers = null);
