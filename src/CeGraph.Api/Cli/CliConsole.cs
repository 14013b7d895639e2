using Spectre.Console;

namespace CeGraph.Api.Cli;

/// <summary>Where a command writes: its normal output, its problems, and whether a person watches a terminal.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal)
{
    /// <summary>The process's console; live progress only when standard output is an interactive terminal.</summary>
    public static CliConsole FromProcess() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive);
}
