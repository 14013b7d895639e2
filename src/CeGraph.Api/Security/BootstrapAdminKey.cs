using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Security;

/// <summary>
/// Makes the secret in <c>CEGRAPH_ADMIN_KEY</c> a working ADMIN key. A bootstrap key from an earlier start whose secret differs
/// is revoked, so rotating the variable rotates the key.
/// </summary>
public static class BootstrapAdminKey
{
    public const string VariableName = "CEGRAPH_ADMIN_KEY";

    public static async Task EnsureAsync(CeGraphDbContext db, string? secret, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (string.IsNullOrWhiteSpace(secret))
        {
            return;
        }

        if (secret.Length > ApiKeySecrets.MaxSecretLength)
        {
            throw new InvalidOperationException($"{VariableName} is longer than {ApiKeySecrets.MaxSecretLength} characters.");
        }

        var hash = ApiKeySecrets.Hash(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        var bootstrapKeys = await db.ApiKeys.Where(k => k.IsBootstrap && k.RevokedAt == null).ToListAsync(cancellationToken);
        foreach (var stale in bootstrapKeys.Where(k => !k.SecretHash.AsSpan().SequenceEqual(hash)))
        {
            stale.RevokedAt = now;
        }

        var current = await db.ApiKeys.FirstOrDefaultAsync(k => k.SecretHash == hash, cancellationToken);
        if (current is null)
        {
            db.ApiKeys.Add(new ApiKey
            {
                Name = "Bootstrap admin (CEGRAPH_ADMIN_KEY)",
                Role = ApiRole.Admin,
                Prefix = ApiKeySecrets.DisplayPrefix(secret),
                SecretHash = hash,
                CreatedAt = now,
                IsBootstrap = true,
            });
        }
        else if (current.RevokedAt is not null || current.Role != ApiRole.Admin)
        {
            throw new InvalidOperationException($"{VariableName} matches a key that was revoked or is not an ADMIN key; choose another secret.");
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
