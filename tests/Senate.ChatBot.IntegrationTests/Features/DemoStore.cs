using Microsoft.Extensions.DependencyInjection;
using Senate.ChatBot.Dialogs.Bookshelf;
using Senate.ChatBot.Dialogs.Meetings;
using Senate.ChatBot.Dialogs.PersonalRecord;
using Senate.ChatBot.Features.Demo;
using Senate.ChatBot.Language.Entities;

namespace Senate.ChatBot.IntegrationTests.Features;

/// <summary>
/// A <see cref="FeatureStore"/> with the three conversations' services, loaded once with the demo data.
/// Tests that share it only read (and link accounts of their own made-up users).
/// </summary>
public sealed class DemoStore : IAsyncLifetime
{
    public FeatureStore Features { get; } = new(services => services
        .AddSingleton<EntityExtractor>()
        .AddMeetingDialog()
        .AddPersonalRecordDialog()
        .AddBookshelfDialog());

    public DemoData Data { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Features.InitializeAsync();
        Data = await Features.Get<DemoSeeder>().SeedAsync();
    }

    public Task DisposeAsync() => Features.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class DemoStoreGroup : ICollectionFixture<DemoStore>
{
    public const string Name = "demo store";
}
