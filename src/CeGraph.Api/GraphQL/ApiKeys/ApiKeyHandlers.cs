using CeGraph.Api.Data;
using CeGraph.Api.Data.Entities;
using CeGraph.Api.GraphQL.Common;
using CeGraph.Api.Security;
using CeGraph.Domain;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.GraphQL.ApiKeys;

public sealed class ApiKeyHandlers(IDbContextFactory<CeGraphDbContext> contextFactory, TimeProvider clock)
{
    public async Task<Payload<CreatedApiKey>> CreateAsync(CreateApiKeyInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<UserError>();
        errors.AddIfNotNull(InputChecks.Text(input.Name, 200, ["input", "name"]));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        Sponsor? sponsor = null;
        if (input.Role == ApiRole.Sponsor)
        {
            sponsor = string.IsNullOrEmpty(input.SponsorCode) ? null : await db.Sponsors.AsNoTracking().FirstOrDefaultAsync(s => s.Code == input.SponsorCode, cancellationToken);
            if (sponsor is null)
            {
                errors.Add(new UnknownReferenceError($"A SPONSOR key needs an existing sponsorCode; '{input.SponsorCode}' is not one.", "UNKNOWN_SPONSOR", ["input", "sponsorCode"]));
            }
        }
        else if (input.SponsorCode is not null)
        {
            errors.Add(new InvalidValueError("Only SPONSOR keys are bound to a sponsor; leave sponsorCode out.", "SPONSOR_NOT_ALLOWED", ["input", "sponsorCode"]));
        }

        if (errors.Count > 0)
        {
            return Payload<CreatedApiKey>.Failed(errors);
        }

        var secret = ApiKeySecrets.Generate();
        var key = new ApiKey
        {
            Name = input.Name.Trim(),
            Role = input.Role,
            SponsorId = sponsor?.Id,
            Prefix = ApiKeySecrets.DisplayPrefix(secret),
            SecretHash = ApiKeySecrets.Hash(secret),
            CreatedAt = clock.UtcNow(),
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return Payload<CreatedApiKey>.Ok(new CreatedApiKey(key, secret));
    }

    public async Task<Payload<ApiKey>> RevokeAsync(RevokeApiKeyInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var id = GlobalId.TryDecode(input.Id, "ApiKey");
        var key = id is null ? null : await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return Payload<ApiKey>.Failed(new UnknownReferenceError($"No API key has id '{input.Id}'.", "UNKNOWN_API_KEY", ["input", "id"]));
        }

        key.RevokedAt ??= clock.UtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Payload<ApiKey>.Ok(key);
    }
}
