using CeGraph.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace CeGraph.Api.Security;

/// <summary>
/// Reads <c>Authorization: Bearer &lt;key&gt;</c> and records the caller. No header: anonymous. A key that is malformed, unknown or
/// revoked makes the caller <see cref="Caller.Invalid"/>, and GraphQL then refuses the request as UNAUTHENTICATED.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, CallerAccessor accessor, IDbContextFactory<CeGraphDbContext> contextFactory)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(accessor);
        ArgumentNullException.ThrowIfNull(contextFactory);
        var header = http.Request.Headers[HeaderNames.Authorization].ToString();
        if (!string.IsNullOrEmpty(header))
        {
            accessor.Caller = await IdentifyAsync(header, contextFactory, http.RequestAborted);
        }

        await next(http);
    }

    /// <summary>The caller an <c>Authorization</c> value names (also used for the value a WebSocket client sends in <c>connection_init</c>).</summary>
    public static async Task<Caller> IdentifyAsync(string header, IDbContextFactory<CeGraphDbContext> contextFactory, CancellationToken cancellationToken)
    {
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return Caller.Invalid;
        }

        var secret = header[scheme.Length..].Trim();
        if (secret.Length is 0 or > ApiKeySecrets.MaxSecretLength)
        {
            return Caller.Invalid;
        }

        var hash = ApiKeySecrets.Hash(secret);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.SecretHash == hash, cancellationToken);
        return key is null || key.RevokedAt is not null || !ApiKeySecrets.Matches(key.SecretHash, secret)
            ? Caller.Invalid
            : new Caller(key.Id, key.Role, key.SponsorId, false);
    }
}
