using CeGraph.Domain;

namespace CeGraph.Api.Security;

/// <summary>Who is calling: anonymous, a valid API key (with its role), or a key that is unknown or revoked.</summary>
public sealed record Caller(int? KeyId, ApiRole? Role, int? SponsorId, bool PresentedInvalidKey)
{
    public static readonly Caller Anonymous = new(null, null, null, false);

    public static readonly Caller Invalid = new(null, null, null, true);

    public bool IsAuthenticated => KeyId is not null;

    public bool IsAdmin => Role == ApiRole.Admin;

    /// <summary>True when the caller's role includes <paramref name="required"/> (ADMIN includes every role; SPONSOR and REVIEWER include PARTNER).</summary>
    public bool Has(ApiRole required) => Role switch
    {
        null => false,
        ApiRole.Admin => true,
        var role when role == required => true,
        ApiRole.Sponsor or ApiRole.Reviewer => required == ApiRole.Partner,
        _ => false,
    };
}
