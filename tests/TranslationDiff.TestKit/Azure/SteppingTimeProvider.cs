using Microsoft.Extensions.Time.Testing;

namespace TranslationDiff.TestKit.Azure;

/// <summary>
/// A fake clock for code that waits with <c>Task.Delay(delay, timeProvider)</c> while it also guards real I/O
/// with <c>new CancellationTokenSource(timeout, timeProvider)</c>. <see cref="RunAsync{T}"/> jumps the clock to
/// each pending delay as soon as one is scheduled, so backoffs and pacing take no real time, while timeouts
/// (timers owned by a CancellationTokenSource) only fire when a test calls <see cref="FakeTimeProvider.Advance"/>
/// itself. Tests therefore never wait real seconds and never race a timeout against a loopback response.
/// </summary>
public sealed class SteppingTimeProvider : FakeTimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<TrackedTimer> _timers = [];
    private TaskCompletionSource _scheduled = NewSignal();

    public SteppingTimeProvider()
        : base(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Total time the clock was moved forward by <see cref="RunAsync{T}"/>.</summary>
    public TimeSpan Stepped { get; private set; }

    /// <summary>Delays (not timeouts) the code under test scheduled, in order.</summary>
    public List<TimeSpan> DelaysScheduled { get; } = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var tracked = new TrackedTimer(this, state is CancellationTokenSource);
        tracked.Inner = base.CreateTimer(s => { tracked.Fired(); callback(s); }, state, dueTime, period);
        tracked.Schedule(dueTime);
        return tracked;
    }

    /// <summary>
    /// Awaits <paramref name="work"/>, advancing the clock to each scheduled delay while it runs.
    /// Fails when more than <paramref name="limit"/> (default one day) of fake time would pass.
    /// </summary>
    public async Task<T> RunAsync<T>(Task<T> work, TimeSpan? limit = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        var max = limit ?? TimeSpan.FromDays(1);
        while (!work.IsCompleted)
        {
            Task signal;
            TimeSpan? step = null;
            lock (_gate)
            {
                signal = _scheduled.Task;
                var next = _timers.Where(t => !t.IsTimeout && t.Due is not null).MinBy(t => t.Due);
                if (next is not null)
                {
                    step = next.Due!.Value - GetUtcNow();
                }
            }

            if (step is { } s)
            {
                var forward = s > TimeSpan.Zero ? s : TimeSpan.Zero;
                if (Stepped + forward > max)
                {
                    throw new TimeoutException($"The work still waits after {Stepped + forward} of fake time.");
                }

                Stepped += forward;
                Advance(forward);
                continue;
            }

            await Task.WhenAny(work, signal).ConfigureAwait(false);
        }

        return await work.ConfigureAwait(false);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class TrackedTimer(SteppingTimeProvider owner, bool isTimeout) : ITimer
    {
        public ITimer Inner { get; set; } = null!;

        public bool IsTimeout { get; } = isTimeout;

        public DateTimeOffset? Due { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Schedule(dueTime);
            return Inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            Forget();
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Forget();
            return Inner.DisposeAsync();
        }

        public void Fired() => Forget();

        public void Schedule(TimeSpan dueTime)
        {
            TaskCompletionSource signal;
            lock (owner._gate)
            {
                owner._timers.Remove(this);
                Due = dueTime == Timeout.InfiniteTimeSpan ? null : owner.GetUtcNow() + dueTime;
                if (Due is null)
                {
                    return;
                }

                owner._timers.Add(this);
                if (!IsTimeout)
                {
                    owner.DelaysScheduled.Add(dueTime);
                }

                signal = owner._scheduled;
                owner._scheduled = NewSignal();
            }

            signal.TrySetResult();
        }

        private void Forget()
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
                Due = null;
            }
        }
    }
}
