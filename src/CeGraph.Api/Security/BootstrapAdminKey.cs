using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Security;

/// <summary>
/// Makes the secret in <c>CEGRAPH_ADMIN_KEY</c> a working ADMIN key. A bootstrap key from an earlier start whose secret differs
/// is revoked, so rotating the variable rotates the key. A secret whose key was revoked (e.g. through <c>revokeApiKey</c>) is
/// refused, not re-created: revocation is final, and start-up stops with <see cref="BootstrapKeyRefusedException"/>.
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
            throw new BootstrapKeyRefusedException($"{VariableName} is longer than {ApiKeySecrets.MaxSecretLength} characters; choose a shorter secret.");
        }

        var hash = ApiKeySecrets.Hash(secret);
        var now = clock.UtcNow();
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
            throw new BootstrapKeyRefusedException(current.RevokedAt is not null
                ? $"{VariableName} is the secret of an ADMIN key that was revoked ({current.RevokedAt:yyyy-MM-dd HH:mm:ss} UTC). A revoked secret is never made valid again "
                    + $"(it may have leaked). Set {VariableName} to a new secret and start again; the new secret becomes the bootstrap ADMIN key."
                : $"{VariableName} is the secret of an existing {current.Role.ToString().ToUpperInvariant()} key, not of an ADMIN key. Set {VariableName} to a new secret and start again.");
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
