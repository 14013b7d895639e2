namespace CeGraph.Domain;

/// <summary>The route to a credential: a first (primary) one, or one built on a supporting credential (postprimary).</summary>
public enum Pathway
{
    Primary,
    Postprimary,
}
