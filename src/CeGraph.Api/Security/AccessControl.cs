using CeGraph.Domain;
using GraphQL;

namespace CeGraph.Api.Security;

/// <summary>One place for authorisation: resolvers call <see cref="Require"/> before they read or write anything protected.</summary>
public static class AccessControl
{
    public static Caller Caller(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices?.GetService<CallerAccessor>()?.Caller ?? Security.Caller.Anonymous;
    }

    /// <summary>Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for keys without <paramref name="role"/>.</summary>
    public static Caller Require(this IResolveFieldContext context, ApiRole role)
    {
        var caller = context.Caller();
        if (!caller.IsAuthenticated)
        {
            throw new ExecutionError($"This operation needs an API key with the {RoleName(role)} role; send it as `Authorization: Bearer <key>`.") { Code = "UNAUTHENTICATED" };
        }

        if (!caller.Has(role))
        {
            throw Forbidden($"This operation needs the {RoleName(role)} role; the key has the {RoleName(caller.Role!.Value)} role.");
        }

        return caller;
    }

    public static ExecutionError Forbidden(string message) => new(message) { Code = "FORBIDDEN" };

    public static string RoleName(ApiRole role) => role.ToString().ToUpperInvariant();
}
