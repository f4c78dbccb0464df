using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Senate.ChatBot.Features.Complaints;
using Senate.ChatBot.Testing;

namespace Senate.ChatBot.IntegrationTests.Complaints;

/// <summary>A host whose clock starts on Monday 2 November 2026, 09:00 in Bangkok, and moves only when a test moves it.</summary>
public sealed class ClockedHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(7));

    public ClockedHost(IDictionary<string, string?>? settings = null, FakeTimeProvider? time = null)
    {
        Time = time ?? new FakeTimeProvider(Start);
        Factory = new SenateHostFactory(settings, s => s.AddSingleton<TimeProvider>(Time));
    }

    public FakeTimeProvider Time { get; }

    public SenateHostFactory Factory { get; }

    public IServiceProvider Services => Factory.Services;

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Files a web-chat complaint straight into the register, as the dialog would.</summary>
    public Task<FiledComplaint> FileAsync(string key, ReplyAddress? replyTo = null, string text = "ไฟทางเดินหน้าอาคารดับ") =>
        Get<ComplaintRegister>().FileAsync(
            new NewComplaint(ComplaintChannel.WebChat, ComplaintCategory.Complaint, "premises", text, [],
                new Contact("สมหญิง", "0812345678", null), replyTo ?? new ReplyAddress("directline", "user-1", "conv-1", "th-TH"),
                Anonymous: false, new Consent("test", Time.GetUtcNow())),
            key, Actor.Citizen);

    public async Task<Complaint> LoadAsync(Guid id)
    {
        await using var session = Get<Marten.IDocumentStore>().QuerySession();
        return (await session.LoadAsync<Complaint>(id))!;
    }

    public async Task<ComplaintTimeline> TimelineAsync(Guid id)
    {
        await using var session = Get<Marten.IDocumentStore>().QuerySession();
        return (await session.LoadAsync<ComplaintTimeline>(id))!;
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
