using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.PersonalData;
using OutcomesBot.Bot.Protocol;
using OutcomesBot.Bot.Storage.AzureTables;
using OutcomesBot.Bot.Storage.AzureTables.PersonalData;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Storage.Sqlite.PersonalData;
using OutcomesBot.Bot.Teams;
using OutcomesBot.Bot.Telemetry;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Dialogs.Champions;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.Exercises.Reminders;
using OutcomesBot.Dialogs.Exercises.Sharing;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.Momentum;
using OutcomesBot.Dialogs.Momentum.TeamPriorities;
using OutcomesBot.Dialogs.Momentum.YouSaid;
using OutcomesBot.Dialogs.MyData;
using OutcomesBot.Dialogs.Notes;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Dialogs.Support;
using OutcomesBot.Scheduler.CheckIns;
using OutcomesBot.Scheduler.Delivery;
using OutcomesBot.Scheduler.Stories;

namespace OutcomesBot.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers every store port on the backend chosen by <c>Storage:Provider</c> (SQLite by default, or AzureTables)
    /// and the schema set-up of that backend. Azure Tables is reached with a connection string or, with an endpoint, with
    /// an <see cref="AzureTablesCredential"/>; register one (or <see cref="TableClientOptions"/>) first to replace it.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services)
    {
        services.AddValidatedOptions<StorageOptions>(StorageOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<SqliteSchemaInitializer>();
        services.AddBotCredentials();
        services.TryAddSingleton(provider => AzureTablesCredential.For(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.AzureTables, provider.GetRequiredService<IOptions<BotCredentialsOptions>>().Value));
        services.TryAddSingleton(_ => new TableClientOptions());
        services.TryAddSingleton(provider => AzureTableSet.CreateClient(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.AzureTables,
            provider.GetRequiredService<AzureTablesCredential>,
            provider.GetRequiredService<TableClientOptions>()));
        services.AddSingleton<AzureTableSet>();
        services.AddSingleton<AzureTablesInitializer>();
        services.AddSingleton<AzureBlockedChatsRepair>();
        services.AddSingleton<AzureOutboxAtRestRepair>();
        services.AddHostedService<StorageInitializer>();
        services.AddLoggedIdHash();
        services.AddHostedService<SqliteCheckpoints>();
        services.AddStore<IConversationStore, SqliteConversationStore, AzureConversationStore>(AzureConversationStore.TableName);
        services.AddStore<IPersonStore, SqlitePersonStore, AzurePersonStore>(AzurePersonStore.TableName);
        services.AddStore<ITenantTimeZones, SqliteTenantTimeZones, AzureTenantTimeZones>();
        services.AddStore<IActivityDeduplicator, SqliteActivityDeduplicator, AzureActivityDeduplicator>(AzureActivityDeduplicator.TableName);
        services.AddStore<IExerciseSessionStore, SqliteExerciseSessionStore, AzureExerciseSessionStore>(AzureExerciseSessionStore.TableName);
        services.AddStore<ISavedExerciseRuns, SqliteExerciseSessionStore, AzureExerciseSessionStore>();
        services.AddStore<ICheckInStore, SqliteCheckInStore, AzureCheckInStore>(AzureCheckInStore.TableName);
        services.AddStore<ICheckInCycleLog, SqliteCheckInCycleLog, AzureCheckInCycleLog>(AzureCheckInCycleLog.TableName);
        services.AddStore<IOutboxStore, SqliteOutboxStore, AzureOutboxStore>(AzureOutboxStore.TableName);
        services.AddStore<IReachability, SqliteReachability, AzureReachability>(AzureReachability.TableName);
        services.AddStore<ITeamStore, SqliteTeamStore, AzureTeamStore>(AzureTeamStore.TableName);
        services.AddStore<IFormerChampions, SqliteTeamStore, AzureTeamStore>();
        services.AddStore<IStoryStore, SqliteStoryStore, AzureStoryStore>(AzureStoryStore.TableName, AzureStoryStore.CelebrationsTable);
        services.AddStore<IStoryIndexBackfill, SqliteStoryIndexBackfill, AzureStoryIndexBackfill>();
        services.AddStore<IStoryAuthorIndex, SqliteStoryIndexBackfill, AzureStoryIndexBackfill>();
        services.AddStore<IStoryOfferStore, SqliteStoryOfferStore, AzureStoryOfferStore>(AzureStoryOfferStore.TableName);
        services.AddStore<IStoryOfferWaitingBackfill, SqliteStoryOfferWaitingBackfill, AzureStoryOfferWaitingBackfill>();
        services.AddStore<IStoryAskStops, SqliteStoryAskStops, AzureStoryAskStops>(AzureStoryAskStops.TableName);
        services.AddStore<INoteStops, SqliteNoteStops, AzureNoteStops>(AzureNoteStops.TableName);
        services.AddStore<ILearningSetStore, SqliteLearningSetStore, AzureLearningSetStore>(AzureLearningSetStore.TableName, AzureLearningSetStore.AnswersTable);
        services.AddStore<IDownloadLinkStore, SqliteDownloadLinkStore, AzureDownloadLinkStore>(AzureDownloadLinkStore.TableName);
        services.AddStore<ITeamRhythmStore, SqliteTeamRhythmStore, AzureTeamRhythmStore>(AzureTeamRhythmStore.TableName);
        services.AddStore<ICheckInDeliveryStore, SqliteCheckInDeliveryStore, AzureCheckInDeliveryStore>(AzureCheckInDeliveryStore.TableName);
        services.AddStore<IAppInstallLog, SqliteAppInstallLog, AzureAppInstallLog>(AzureAppInstallLog.TableName);
        services.AddStore<IPermissionNoticeLog, SqlitePermissionNoticeLog, AzurePermissionNoticeLog>(AzurePermissionNoticeLog.TableName);
        services.AddStore<IMomentumStore, SqliteMomentumStore, AzureMomentumStore>(AzureMomentumStore.TableName);
        services.AddStore<IShownPrioritiesStore, SqliteShownPrioritiesStore, AzureShownPrioritiesStore>(AzureShownPrioritiesStore.TableName);
        services.AddStore<ITeamExerciseCounts, SqliteTeamExerciseCounts, AzureTeamExerciseCounts>(AzureExerciseSessionStore.TableName);
        services.AddStore<IYouSaidStore, SqliteYouSaidStore, AzureYouSaidStore>(AzureYouSaidStore.TableName);
        services.AddStore<IShownThemesStore, SqliteShownThemesStore, AzureShownThemesStore>(AzureShownThemesStore.TableName);
        services.AddStore<ISupportRequestStore, SqliteSupportRequestStore, AzureSupportRequestStore>(AzureSupportRequestStore.TableName);
        services.AddStore<IAppSecrets, SqliteAppSecrets, AzureAppSecrets>(AzureAppSecrets.TableName);
        services.AddStore<IEntryShareStore, SqliteEntryShareStore, AzureEntryShareStore>(AzureEntryShareStore.TableName);
        services.AddStore<IPressBudgetStore, SqlitePressBudgetStore, AzurePressBudgetStore>(AzurePressBudgetStore.TableName);
        foreach (var (name, sqliteTables) in SqlitePersonalDataSources.All)
        {
            // Both lists name the same sources (PersonalDataSourceListTests); a missing one stops the bot here.
            var azureTables = AzurePersonalDataSources.All.Single(source => source.Name == name).Tables;
            services.AddSingleton<IPersonalDataSource>(provider =>
                provider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.AzureTables
                    ? new AzurePersonalDataSource(provider.GetRequiredService<AzureTableSet>(), name, azureTables, provider.GetRequiredService<TimeProvider>())
                    : new SqlitePersonalDataSource(provider.GetRequiredService<SqliteDatabase>(), name, sqliteTables, provider.GetRequiredService<TimeProvider>()));
        }

        return services;
    }

    /// <summary>
    /// Registers one store port with its SQLite and Azure Tables adapters; the one named by <c>Storage:Provider</c> is
    /// resolved. The <paramref name="azureTables"/> it uses are created on start when the bot runs on Azure Tables.
    /// </summary>
    public static IServiceCollection AddStore<TPort, TSqlite, TAzure>(this IServiceCollection services, params string[] azureTables)
        where TPort : class
        where TSqlite : class, TPort
        where TAzure : class, TPort
    {
        services.TryAddSingleton<TSqlite>();
        services.TryAddSingleton<TAzure>();
        foreach (var table in azureTables)
        {
            services.AddSingleton(new AzureTableName(table));
        }

        services.AddSingleton<TPort>(provider =>
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.AzureTables
                ? provider.GetRequiredService<TAzure>()
                : provider.GetRequiredService<TSqlite>());
        return services;
    }
}
