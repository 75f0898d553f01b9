import { Button } from '@fluentui/react-components';
import { DeleteRegular, EditRegular } from '@fluentui/react-icons';

/** The two actions of a record's detail page, side by side: edit it, or move it to the trash. */
export function EditAndTrashButtons({ onEdit, onTrash }: { onEdit: () => void; onTrash: () => void }) {
  return (
    <>
      <Button icon={<EditRegular />} onClick={onEdit}>
        Edit
      </Button>
      <Button icon={<DeleteRegular />} onClick={onTrash}>
        Move to trash
      </Button>
    </>
  );
}
