/** The MDX components of the reader, by the names the ingest writes. */
import Actor from './Actor.astro';
import Commitment from './Commitment.astro';
import DateRef from './DateRef.astro';
import Heading from './Heading.astro';
import Item from './Item.astro';
import ItemText from './ItemText.astro';
import List from './List.astro';
import Para from './Para.astro';
import PipeCell from './PipeCell.astro';
import PipeRow from './PipeRow.astro';
import PipeTable from './PipeTable.astro';
import Quote from './Quote.astro';
import Subtitle from './Subtitle.astro';
import Term from './Term.astro';

/** Pass to `<Content components={readerComponents} />`. */
export const readerComponents = { Actor, Commitment, DateRef, Heading, Item, ItemText, List, Para, PipeCell, PipeRow, PipeTable, Quote, Subtitle, Term };
