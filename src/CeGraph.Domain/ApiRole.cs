namespace CeGraph.Domain;

/// <summary>What an API key may do.</summary>
public enum ApiRole
{
    Partner,
    Sponsor,
    Reviewer,
    Admin,
}
