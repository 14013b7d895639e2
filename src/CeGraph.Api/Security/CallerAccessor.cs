namespace CeGraph.Api.Security;

/// <summary>The request's caller, set once by <see cref="ApiKeyMiddleware"/> (scoped: one per request).</summary>
public sealed class CallerAccessor
{
    public Caller Caller { get; set; } = Caller.Anonymous;
}
