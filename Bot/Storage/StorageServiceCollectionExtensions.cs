using Microsoft.Extensions.DependencyInjection.Extensions;
using OutcomesBot.Bot.Storage.Sqlite;
using OutcomesBot.Bot.Turns;
using OutcomesBot.Dialogs.CheckIns;
using OutcomesBot.Dialogs.Conversations;
using OutcomesBot.Dialogs.Exercises;
using OutcomesBot.Dialogs.LearningSets;
using OutcomesBot.Dialogs.People;
using OutcomesBot.Dialogs.PersonalData;
using OutcomesBot.Dialogs.Stories;
using OutcomesBot.Dialogs.Teams;

namespace OutcomesBot.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the store chosen by <c>Storage:Provider</c> (SQLite by default) and its schema set-up.</summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteDatabase>();
        services.AddHostedService<SqliteSchemaInitializer>();
        services.AddSingleton<IConversationStore, SqliteConversationStore>();
        services.AddSingleton<IPersonStore, SqlitePersonStore>();
        services.AddSingleton<IActivityDeduplicator, SqliteActivityDeduplicator>();
        services.AddSingleton<IExerciseSessionStore, SqliteExerciseSessionStore>();
        services.AddSingleton<ICheckInStore, SqliteCheckInStore>();
        services.AddSingleton<ITeamStore, SqliteTeamStore>();
        services.AddSingleton<SqliteStoryStore>();
        services.AddSingleton<IStoryStore>(provider => provider.GetRequiredService<SqliteStoryStore>());
        services.AddSingleton<IPersonalDataSource>(provider => provider.GetRequiredService<SqliteStoryStore>());
        services.AddSingleton<SqliteLearningSetStore>();
        services.AddSingleton<ILearningSetStore>(provider => provider.GetRequiredService<SqliteLearningSetStore>());
        services.AddSingleton<IPersonalDataSource>(provider => provider.GetRequiredService<SqliteLearningSetStore>());
        return services;
    }
}
