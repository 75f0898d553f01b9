package dev.steward.microsoft;

import com.microsoft.graph.core.tasks.PageIterator;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.serialization.AdditionalDataHolder;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every page of a Graph collection, following {@code @odata.nextLink} with the same client.
 */
final class GraphPages {

  private GraphPages() {}

  static <T extends Parsable, P extends Parsable & AdditionalDataHolder> List<T> all(
      GraphServiceClient client, P firstPage, ParsableFactory<P> pageFactory) {
    List<T> items = new ArrayList<>();
    try {
      new PageIterator.Builder<T, P>()
          .client(client)
          .collectionPage(firstPage)
          .collectionPageFactory(pageFactory)
          .processPageItemCallback(item -> items.add(item))
          .build()
          .iterate();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "The Graph SDK could not page through " + firstPage.getClass().getSimpleName(), e);
    }
    return items;
  }
}
