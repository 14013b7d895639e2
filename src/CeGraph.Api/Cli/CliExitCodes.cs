namespace CeGraph.Api.Cli;

/// <summary>The exit codes of <c>import</c> and <c>export</c>.</summary>
public static class CliExitCodes
{
    /// <summary>Everything was imported or exported.</summary>
    public const int Success = 0;

    /// <summary>Nothing usable happened: bad arguments, missing or unreadable folder or file, invalid outlines.json, database unreachable.</summary>
    public const int Failed = 1;

    /// <summary>The import finished, but some activity lines were rejected (each reported with its line number).</summary>
    public const int SomeLinesRejected = 2;
}
