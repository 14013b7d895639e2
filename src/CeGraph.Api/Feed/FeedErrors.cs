namespace CeGraph.Api.Feed;

/// <summary>Recognises why a feed stream ended, through GraphQL.NET's wrapping of stream errors.</summary>
public static class FeedErrors
{
    /// <summary>True when <paramref name="error"/> is, or wraps, a <typeparamref name="T"/>.</summary>
    public static bool Is<T>(Exception? error)
        where T : Exception
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is T)
            {
                return true;
            }
        }

        return false;
    }
}
