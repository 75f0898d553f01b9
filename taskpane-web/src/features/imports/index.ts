// What other features use of imports: the review of an import job (the Excel pane shows the same one).
export { ImportReview } from './ImportReview';
