namespace CeGraph.Api.Feed;

/// <summary>A subscriber fell further behind than its queue allows; its connection is closed (it may resume from its cursor).</summary>
public sealed class SlowConsumerException : Exception
{
    public SlowConsumerException()
        : base("The client did not keep up with the change feed; resume from the last cursor it received.")
    {
    }

    public SlowConsumerException(string message)
        : base(message)
    {
    }

    public SlowConsumerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
