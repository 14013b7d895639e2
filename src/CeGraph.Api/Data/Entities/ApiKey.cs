using CeGraph.Domain;

namespace CeGraph.Api.Data.Entities;

/// <summary>An API key. Only a hash of the secret is stored; the secret is shown once, at creation.</summary>
public sealed class ApiKey
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public ApiRole Role { get; set; }

    public int? SponsorId { get; set; }

    public Sponsor? Sponsor { get; set; }

    /// <summary>The first characters of the secret, so people can tell keys apart; not enough to use the key.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the whole secret.</summary>
    public required byte[] SecretHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    /// <summary>True for the key created from CEGRAPH_ADMIN_KEY at start-up.</summary>
    public bool IsBootstrap { get; set; }
}
