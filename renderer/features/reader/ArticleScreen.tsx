// One article, loaded by id: the reading view once it is there, or why it is not. An imported
// article can be edited in place and deleted, with Undo.
import { useState } from 'react';
import { useApp } from '../../services/context';
import { useQuery } from '../../services/useQuery';
import { Loading } from '../../components/Loading';
import type { ImportedArticle, ImportedSummary } from '../../db/types';
import { ArticleView } from './ArticleView';
import { DeletedImport } from './DeletedImport';
import { NotInLibrary } from '../../components/NotInLibrary';

export function ArticleScreen({ id }: { id: string }) {
  const { db } = useApp();
  // Bumped by Undo, to load the article again once it is back.
  const [loads, setLoads] = useState(0);
  const article = useQuery(() => db.getArticle(id), [db, id, loads]);
  // Edited details are shown at once, without reloading (and re-laying out) the body.
  const [edited, setEdited] = useState<ImportedSummary | null>(null);
  const [deleted, setDeleted] = useState<ImportedArticle | null>(null);

  if (deleted)
    return (
      <DeletedImport
        article={deleted}
        onRestored={() => {
          setDeleted(null);
          setEdited(null);
          setLoads(loads + 1);
        }}
      />
    );
  if (article.status === 'loading') return <Loading />;
  if (article.status === 'error')
    return <p role="alert">This article could not be opened: {article.message}</p>;
  if (!article.data) return <NotInLibrary id={id} />;
  const shown = edited ? { ...article.data, title: edited.title, imported: edited } : article.data;
  return <ArticleView article={shown} onImportedSaved={setEdited} onImportedDeleted={setDeleted} />;
}
