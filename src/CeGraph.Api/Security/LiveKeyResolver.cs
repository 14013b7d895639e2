using CeGraph.Api.Data;
using GraphQL;
using GraphQL.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace CeGraph.Api.Security;

/// <summary>
/// Wraps every root mutation field: before the field runs, the caller's key is read again from the database, so a key revoked
/// by an earlier field of the same document, or by another request meanwhile, acts no more. From then on the request's caller
/// is <see cref="Caller.Invalid"/>, and this and every later root field answers UNAUTHENTICATED and changes nothing.
/// </summary>
public sealed class LiveKeyResolver(IFieldResolver inner) : IFieldResolver
{
    public const string RevokedMessage = "The API key was revoked while this request ran; nothing more is done with it.";

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices ?? throw new InvalidOperationException("No request services.");
        var accessor = services.GetRequiredService<CallerAccessor>();
        var caller = accessor.Caller;
        if (caller.PresentedInvalidKey)
        {
            throw Revoked();
        }

        if (caller.KeyId is int keyId)
        {
            var factory = services.GetRequiredService<IDbContextFactory<CeGraphDbContext>>();
            await using var db = await factory.CreateDbContextAsync(context.CancellationToken);
            var stillValid = await db.ApiKeys.AsNoTracking().AnyAsync(k => k.Id == keyId && k.RevokedAt == null, context.CancellationToken);
            if (!stillValid)
            {
                accessor.Caller = Caller.Invalid;
                throw Revoked();
            }
        }

        return await inner.ResolveAsync(context);
    }

    private static ExecutionError Revoked() => new(RevokedMessage) { Code = "UNAUTHENTICATED" };
}
