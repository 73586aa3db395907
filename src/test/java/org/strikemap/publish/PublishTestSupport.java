package org.strikemap.publish;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.strikemap.account.AccountTestSupport;
import org.strikemap.account.People;
import org.strikemap.dataset.DatasetTestSupport;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.MapStore;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.DraftTestSupport;
import org.strikemap.ingest.IngestProperties;
import org.strikemap.revision.RevisionStore;
import org.strikemap.revision.RevisionTestSupport;

/**
 * Test support: the whole chain from data/ folders to what readers see, over a given database, as Spring would wire
 * it: the start's folder load, the publish service, the readers' maps.
 */
public final class PublishTestSupport {

    /** What a start's folder load did, per map. */
    public enum Outcome { LOADED, UNCHANGED, KEPT_EDITS }

    private final MapStore store;
    private final Datasets datasets;
    private final PublishedMaps published;
    private final PublishService publish;
    private final VersionWriter writer;
    private final DraftService drafts;
    private final DataSource database;
    private final People people;

    public PublishTestSupport(DataSource database, People people, Path boundaries) {
        this.database = database;
        this.people = people;
        store = DatasetTestSupport.store(database);
        RevisionStore revisions = RevisionTestSupport.store(database);
        datasets = DatasetTestSupport.datasets();
        VersionStore versions = new VersionStore(JdbcClient.create(database));
        published = new PublishedMaps(versions, store, datasets);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);
        drafts = transactional(DraftTestSupport.service(database, people, boundaries), transactions);
        writer = new VersionWriter(store, versions, revisions, published);
        publish = transactional(new PublishService(store, versions, revisions, drafts, people,
                AccountTestSupport.over(database).audit(), writer, new Archive(versions, store)), transactions);
    }

    /** {@code target} with its {@code @Transactional} methods run in transactions, as Spring's proxies run them. */
    @SuppressWarnings("unchecked")
    private static <T> T transactional(T target, DataSourceTransactionManager transactions) {
        ProxyFactory factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvice(new TransactionInterceptor((PlatformTransactionManager) transactions,
                new AnnotationTransactionAttributeSource()));
        return (T) factory.getProxy();
    }

    /** Loads the maps of {@code dataDir} with the library {@code boundaries}, as a start does; then refreshes readers. */
    public List<Outcome> load(Path dataDir, Path boundaries) {
        FolderMaps folders = new FolderMaps(store, RevisionTestSupport.store(database), publish, writer, published,
                new IngestProperties(dataDir, boundaries), new TransactionTemplate(new DataSourceTransactionManager(database)));
        List<Outcome> outcomes = folders.load().stream().map(outcome -> Outcome.valueOf(outcome.name())).toList();
        published.refresh();
        return outcomes;
    }

    /** Every published version, as readers reach them. */
    public org.strikemap.map.VersionArchive archive() {
        return new Archive(new VersionStore(JdbcClient.create(database)), store);
    }

    public Datasets datasets() {
        return datasets;
    }

    /** The account services over this database, to sign real people in with rights on a map. */
    public AccountTestSupport accounts() {
        return AccountTestSupport.over(database);
    }

    public PublishService publish() {
        return publish;
    }

    public DraftService drafts() {
        return drafts;
    }

    /** The readers' side, to refresh after a publication as a commit (or the poll) would. */
    public PublishedMaps publishedForTests() {
        return published;
    }

    public MapStore store() {
        return store;
    }
}
