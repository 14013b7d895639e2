using GraphQL;

namespace CeGraph.Api.Hosting.FeedTransport;

/// <summary>Adapts GraphQL.NET's per-event results to a transport's callbacks.</summary>
public sealed class ResultObserver(Action<ExecutionResult> onNext, Action<Exception> onError, Action onCompleted) : IObserver<ExecutionResult>
{
    public void OnNext(ExecutionResult value) => onNext(value);

    public void OnError(Exception error) => onError(error);

    public void OnCompleted() => onCompleted();
}
