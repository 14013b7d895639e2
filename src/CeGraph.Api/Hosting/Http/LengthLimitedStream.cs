namespace CeGraph.Api.Hosting.Http;

/// <summary>
/// A read-only view of a request body that fails with 413 as soon as more than <c>limit</c> bytes arrive, whatever the
/// framing (chunked bodies have no Content-Length to check up front). Kestrel enforces the same limit; the test host does not.
/// </summary>
public sealed class LengthLimitedStream(Stream inner, long limit) : Stream
{
    private long total;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => total;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Count(await inner.ReadAsync(buffer.AsMemory(offset, count), cancellationToken));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        total += read;
        if (total > limit)
        {
            throw new BadHttpRequestException($"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        return read;
    }
}
