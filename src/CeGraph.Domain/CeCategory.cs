namespace CeGraph.Domain;

/// <summary>The ARRT CE category an activity is approved in.</summary>
public enum CeCategory
{
    A,
    APlus,
}
