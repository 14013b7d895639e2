namespace CeGraph.Api.Security;

/// <summary>CEGRAPH_ADMIN_KEY cannot become the bootstrap ADMIN key; the message says why and what to do. Start-up stops.</summary>
public sealed class BootstrapKeyRefusedException : Exception
{
    public BootstrapKeyRefusedException()
    {
    }

    public BootstrapKeyRefusedException(string message)
        : base(message)
    {
    }

    public BootstrapKeyRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
