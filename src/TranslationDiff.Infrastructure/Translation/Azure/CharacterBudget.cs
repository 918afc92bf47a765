namespace TranslationDiff.Infrastructure.Translation.Azure;

/// <summary>
/// A token bucket of characters: holds at most one minute's worth, refills continuously at
/// <c>charactersPerMinute / 60</c> a second, and makes a caller wait (on the injected <see cref="TimeProvider"/>)
/// until its characters are there. A request larger than the bucket waits for a full bucket and then
/// borrows, so the average rate still holds. Shared by every call of the engine; 0 = unlimited.
/// </summary>
internal sealed class CharacterBudget(TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private double _tokens = double.NaN;
    private long _stamp;
    private int _rate;

    /// <summary>Waits until <paramref name="characters"/> may be sent; returns the time waited.</summary>
    public async Task<TimeSpan> AcquireAsync(int characters, int charactersPerMinute, CancellationToken cancellationToken)
    {
        if (charactersPerMinute <= 0 || characters <= 0)
        {
            return TimeSpan.Zero;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Refill(charactersPerMinute);
            var waited = TimeSpan.Zero;
            var needed = Math.Min(characters, (double)charactersPerMinute);
            while (_tokens < needed)
            {
                var perSecond = charactersPerMinute / 60.0;
                var wait = TimeSpan.FromSeconds(Math.Ceiling((needed - _tokens) / perSecond * 1000) / 1000);
                await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
                waited += wait;
                Refill(charactersPerMinute);
            }

            _tokens -= characters;
            return waited;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private void Refill(int charactersPerMinute)
    {
        var now = clock.GetTimestamp();
        if (double.IsNaN(_tokens) || _rate != charactersPerMinute)
        {
            _tokens = double.IsNaN(_tokens) ? charactersPerMinute : Math.Min(_tokens, charactersPerMinute);
            _rate = charactersPerMinute;
            _stamp = now;
            return;
        }

        var elapsed = clock.GetElapsedTime(_stamp, now);
        _stamp = now;
        _tokens = Math.Min(charactersPerMinute, _tokens + (elapsed.TotalSeconds * charactersPerMinute / 60.0));
    }
}
