using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Senate.ChatBot.BotBuilder;

namespace Senate.ChatBot.Bots.Middleware;

/// <summary>
/// One log event and metrics per turn: activity type, channel, replies and duration. Never the text,
/// the user or the conversation id.
/// </summary>
public sealed partial class TurnLoggingMiddleware(ILogger<TurnLoggingMiddleware> logger, TimeProvider time) : IMiddleware
{
    public const string InstrumentationName = "Senate.ChatBot.Bots";

    private static readonly ActivitySource Source = new(InstrumentationName);
    private static readonly Meter Meter = new(InstrumentationName);
    private static readonly Counter<long> Turns = Meter.CreateCounter<long>("senate.bot.turns", description: "Turns handled");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("senate.bot.turn.duration", "ms", "Time from a turn's start to its last reply");

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var type = turnContext.Activity.Type ?? "unknown";
        var channel = turnContext.Activity.ChannelId ?? "unknown";
        using var trace = Source.StartActivity("bot turn");
        trace?.SetTag("bot.activity.type", type);
        trace?.SetTag("bot.channel", channel);

        var replies = 0;
        turnContext.OnSendActivities(async (_, activities, sendNext) =>
        {
            replies += activities.Count;
            return await sendNext();
        });

        var started = time.GetTimestamp();
        await next(cancellationToken);
        var elapsed = time.GetElapsedTime(started).TotalMilliseconds;

        var tags = new TagList { { "activity.type", type }, { "channel", channel } };
        Turns.Add(1, tags);
        Duration.Record(elapsed, tags);
        LogTurn(logger, type, channel, replies, elapsed);
    }

    [LoggerMessage(EventId = 1000, EventName = "TurnCompleted", Level = LogLevel.Information,
        Message = "Turn {ActivityType} on {ChannelId} sent {Replies} replies in {ElapsedMs:0.0} ms")]
    private static partial void LogTurn(ILogger logger, string activityType, string channelId, int replies, double elapsedMs);
}
